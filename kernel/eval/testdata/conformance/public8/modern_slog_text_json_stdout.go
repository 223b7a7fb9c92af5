package main

import (
	"context"
	"log/slog"
	"os"
	"time"
)

type User struct {
	ID   int
	Name string
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.Int("id", u.ID), slog.String("name", u.Name))
}

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if a.Key == "password" {
		return slog.String("password", "***")
	}
	return a
}

func main() {
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug, ReplaceAttr: dropTime}))
	text.Info("starting", "version", "1.2", "workers", 4)
	text.Debug("details", slog.Group("db", "host", "localhost", "port", 5432))
	req := text.With("request_id", "abc123").WithGroup("http")
	req.Warn("slow request", "elapsed", 1500*time.Millisecond, "user", User{7, "ann"})
	text.Error("login", "password", "hunter2", "ok", false)

	js := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime, AddSource: false}))
	js.Info("json line", "n", 3, "f", 1.5, "tags", []string{"a", "b"})
	js.Debug("hidden")
	js.LogAttrs(context.Background(), slog.LevelWarn, "attrs", slog.Any("user", User{1, "bo"}), slog.Duration("d", time.Minute))
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: dropTime}))
	quiet.Warn("dropped")
	quiet.Error("kept", "level_var", lv.Level())
	lv.Set(slog.LevelInfo)
	quiet.Info("now visible")
}
