// The JSON API of `dyad serve` (docs/api.md): query parameters in, store queries, JSON (or CSV)
// out. Independent of the HTTP server, so each endpoint is a function of a store and parameters.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "store/event_store.h"

namespace dyad::serve {

// Query parameters by name (a name may repeat; the API reads the first).
using Parameters = std::multimap<std::string, std::string>;

// A parameter the API cannot use: answered with HTTP 400 and {"error", "parameter"}.
class BadParameter : public std::runtime_error {
 public:
  BadParameter(std::string parameter, const std::string& message)
      : std::runtime_error(message), parameter_(std::move(parameter)) {}
  const std::string& parameter() const { return parameter_; }

 private:
  std::string parameter_;
};

// An event id that names no event: answered with HTTP 404.
class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One endpoint: the JSON it answers for `parameters` (throws BadParameter).
using Endpoint = nlohmann::json (*)(EventStore& store, const Parameters& parameters);

nlohmann::json meta(EventStore& store, const Parameters& parameters);
nlohmann::json events(EventStore& store, const Parameters& parameters);
nlohmann::json dyads(EventStore& store, const Parameters& parameters);
nlohmann::json timeline(EventStore& store, const Parameters& parameters);
nlohmann::json actors(EventStore& store, const Parameters& parameters);
nlohmann::json partners(EventStore& store, const Parameters& parameters);
nlohmann::json network(EventStore& store, const Parameters& parameters);
nlohmann::json countries(EventStore& store, const Parameters& parameters);
nlohmann::json places(EventStore& store, const Parameters& parameters);
// One event with every mention and the articles that reported it; throws NotFound.
nlohmann::json event(EventStore& store, const std::string& id);
// The events list as CSV (`dyad export --format csv` columns).
std::string events_csv(EventStore& store, const Parameters& parameters);

}  // namespace dyad::serve
