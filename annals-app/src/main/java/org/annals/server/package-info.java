/**
 * {@code annals serve}: the REST API and the web UI over the store, on Javalin. {@link
 * org.annals.server.AnnalsServer} is the entry point; {@link org.annals.server.ServerOptions} how
 * it runs. Endpoints are declared once ({@code Api.ENDPOINTS}): the server refuses parameters they
 * do not declare, and the OpenAPI document is made from them.
 */
package org.annals.server;
