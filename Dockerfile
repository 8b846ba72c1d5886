# Ouderbrief: web form, REST API and CLI with the bundled Dutch pipeline. No network at run time.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /srv/ouderbrief
COPY pyproject.toml README.md ./
COPY readability ./readability
COPY app ./app
COPY models ./models
COPY wordlists ./wordlists

RUN pip install --no-cache-dir . \
    && useradd --system --no-create-home --uid 10001 ouderbrief
USER 10001

EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status != 200)"]
CMD ["ouderbrief", "serve", "--host", "0.0.0.0", "--port", "8000", "--workers", "2"]
