/* Starts Swagger UI on api.html over Candor's OpenAPI document (a file, not inline: the Content-Security-Policy allows no inline scripts). */
window.ui = SwaggerUIBundle({ url: "openapi", dom_id: "#swagger-ui", deepLinking: true });
