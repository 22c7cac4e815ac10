#include "store/library_browse.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "store/sql_error.hpp"

namespace rs::store {

std::vector<ArticleSummary> list_articles(Database& db) {
  return guard_sql("reading articles", [&] {
    SQLite::Statement query(db.sql(),
                            "SELECT a.slug, a.title, a.published_date, a.source_path, a.updated_at, "
                            "  (SELECT count(*) FROM levels l WHERE l.article_id = a.id), "
                            "  (SELECT count(*) FROM exercises e WHERE e.article_id = a.id), "
                            "  (SELECT count(*) FROM tips t WHERE t.article_id = a.id) "
                            "FROM articles a ORDER BY a.slug");
    std::vector<ArticleSummary> articles;
    while (query.executeStep()) {
      ArticleSummary article;
      article.slug = query.getColumn(0).getString();
      article.title = query.getColumn(1).getString();
      if (!query.getColumn(2).isNull()) article.published_date = query.getColumn(2).getString();
      article.source_path = query.getColumn(3).getString();
      article.updated_at = query.getColumn(4).getString();
      article.levels = query.getColumn(5).getInt();
      article.exercises = query.getColumn(6).getInt();
      article.tips = query.getColumn(7).getInt();
      articles.push_back(std::move(article));
    }
    return articles;
  });
}

std::vector<LevelSummary> list_levels(Database& db) {
  return guard_sql("reading levels", [&] {
    SQLite::Statement query(db.sql(),
                            "SELECT a.slug, l.slug, l.name, l.global_rank, "
                            "  (SELECT count(*) FROM exercises e WHERE e.article_id = l.article_id AND e.level_rank = l.rank) "
                            "FROM levels l JOIN articles a ON a.id = l.article_id ORDER BY a.slug, l.global_rank, l.rank");
    std::vector<LevelSummary> levels;
    while (query.executeStep()) {
      levels.push_back({query.getColumn(0).getString(), query.getColumn(1).getString(), query.getColumn(2).getString(),
                        query.getColumn(3).getInt(), query.getColumn(4).getInt()});
    }
    return levels;
  });
}

}  // namespace rs::store
