#include "parse/lazy_model.h"

namespace dyad::parse {

LazyModel::LazyModel(std::filesystem::path file) : file_(std::move(file)) {
  Model::check(file_);
}

const Model& LazyModel::get() const {
  std::call_once(once_, [this] { model_.emplace(Model::load(file_)); });
  return *model_;
}

}  // namespace dyad::parse
