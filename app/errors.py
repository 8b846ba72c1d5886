"""Every error leaves the server as JSON with a Dutch and an English message, never as a 500 page.

Validation errors name the fields, never the submitted values (they may hold letter text).
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from app.jobs import ClientGone
from readability.analysers import AnalyserRestarting
from readability.errors import UnusableInput

STATUS_OF_CODE = {"empty": 400, "too-long": 413, "not-decodable": 400, "not-found": 400, "bad-format": 422,
                  "too-slow": 422}

INVALID_JSON = ("invalid-json", "De gegevens zijn geen geldige JSON.", "The body is not valid JSON.")
HTTP_MESSAGES = {
    400: INVALID_JSON,  # FastAPI could not parse the body (not UTF-8, nested too deeply)
    401: ("unauthorized", "De API-sleutel ontbreekt of klopt niet.", "The API key is missing or wrong."),
    404: ("not-found", "Deze pagina bestaat niet.", "This page does not exist."),
    405: ("method-not-allowed", "Deze methode kan hier niet.", "This method is not allowed here."),
    413: ("too-long", "Het verzoek is te groot.", "The request body is too large."),
    415: (
        "wrong-content-type",
        "Stuur de gegevens als JSON (Content-Type: application/json).",
        "Send the request as JSON (Content-Type: application/json).",
    ),
    503: ("starting", "De server start nog op. Probeer het zo opnieuw.", "The server is still starting; try again shortly."),
}


def error_response(status: int, code: str, message_nl: str, message_en: str, **extra) -> JSONResponse:
    body = {"error": {"status": status, "code": code, "message_nl": message_nl, "message_en": message_en, **extra}}
    return JSONResponse(body, status_code=status)


def http_error(status: int, headers: dict[str, str] | None = None) -> JSONResponse:
    code, message_nl, message_en = HTTP_MESSAGES.get(
        status, ("error", "Er ging iets mis met het verzoek.", "Something is wrong with the request.")
    )
    response = error_response(status, code, message_nl, message_en)
    response.headers.update(headers or {})
    return response


def unusable_input_response(error: UnusableInput) -> JSONResponse:
    return error_response(STATUS_OF_CODE.get(error.code, 400), error.code, error.message_nl, error.message_en)


def _field_problems(error: RequestValidationError) -> list[dict[str, str]]:
    """Where and what, without echoing the submitted values (they may hold letter text)."""
    return [
        {"field": ".".join(str(part) for part in problem["loc"] if part != "body") or "body", "problem": problem["msg"]}
        for problem in error.errors()
    ]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(UnusableInput)
    async def on_unusable_input(request: Request, error: UnusableInput) -> JSONResponse:
        return unusable_input_response(error)

    @app.exception_handler(AnalyserRestarting)
    async def on_analyser_restarting(request: Request, error: AnalyserRestarting) -> JSONResponse:
        return http_error(503, {"Retry-After": "5"})

    @app.exception_handler(ClientGone)
    async def on_client_gone(request: Request, error: ClientGone) -> JSONResponse:
        return error_response(499, "client-gone", "De verbinding is verbroken.", "The client closed the connection.")

    @app.exception_handler(RequestValidationError)
    async def on_invalid_fields(request: Request, error: RequestValidationError) -> JSONResponse:
        if any(problem["type"] == "json_invalid" or tuple(problem["loc"]) == ("body",) for problem in error.errors()):
            return error_response(400, *INVALID_JSON)  # also an empty body: no JSON at all
        problems = _field_problems(error)
        fields = ", ".join(sorted({problem["field"] for problem in problems}))
        return error_response(
            422,
            "invalid-fields",
            f"Niet alle velden in het verzoek kloppen. Kijk naar: {fields}.",
            f"Some request fields are invalid: {fields}.",
            fields=problems,
        )

    @app.exception_handler(HTTPException)
    async def on_http_error(request: Request, error: HTTPException) -> JSONResponse:
        return http_error(error.status_code, error.headers)
