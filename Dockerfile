# DocIntake server image (see docker-compose.yml). Debian 12 base: the same Tesseract/poppler packages as set-up.
FROM mcr.microsoft.com/dotnet/sdk:10.0-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/DocIntake.Cli/DocIntake.Cli.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0-bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends \
      libtesseract5 tesseract-ocr-jpn tesseract-ocr-eng tesseract-ocr-osd poppler-utils ghostscript \
    && rm -rf /var/lib/apt/lists/*
ENV OMP_THREAD_LIMIT=1
WORKDIR /app
COPY --from=build /app .
EXPOSE 8080
ENTRYPOINT ["dotnet", "docintake.dll", "serve", "--urls", "http://0.0.0.0:8080", "--data", "/var/lib/docintake"]
