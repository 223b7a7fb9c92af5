package main

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"strings"
)

type User struct {
	ID   int
	Name string
	pass string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func main() {
	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		if a.Key == "password" {
			return slog.String("password", "REDACTED")
		}
		if a.Key == slog.LevelKey {
			a.Value = slog.StringValue(strings.ToLower(a.Value.String()))
		}
		return a
	}
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: noTime}))
	text.Debug("starting", "version", "1.2.3", "workers", 4)
	text.Info("user login", "user", User{7, "ann", "secret"}, "password", "hunter2")
	req := text.With("request_id", "abc-123").WithGroup("http")
	req.Warn("slow request", "method", "GET", "path", "/items", slog.Duration("elapsed", 1500000000))
	req.Error("failed", "err", errors.New("connection reset"), slog.Group("retry", "attempt", 3, "max", 5))
	js := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime, AddSource: false}))
	js.Info("json output", "n", 42, "ok", true, "ratio", 0.25, "tags", []string{"a", "b"})
	js.Debug("hidden at info level")
	js.WithGroup("db").With("table", "users").Info("query", "rows", 3)
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: noTime}))
	quiet.Info("not shown")
	quiet.Warn("shown")
	lv.Set(slog.LevelInfo)
	quiet.Info("now shown", "enabled", quiet.Enabled(context.Background(), slog.LevelInfo))
	quiet.Log(context.Background(), slog.Level(2), "custom level")
}
