#pragma once

#include <string>

namespace bulkhead {

struct HttpResponse;

// Words a failed Kubernetes API response for the user: the transport error as HttpClient gave it
// (method and redacted URL already named), else "<server>: <Status message> (HTTP <code> <reason>)"
// from the metav1.Status body, else the HTTP status alone. Redacted; never quotes a body that is
// not a Status (it could hold anything). Private to core/kube.
std::string kubeErrorMessage(const std::string &server, const HttpResponse &response);

// The Status object's `reason` ("Forbidden", "Expired", ...), "" when the body is not a Status.
std::string kubeStatusReason(const HttpResponse &response);

} // namespace bulkhead
