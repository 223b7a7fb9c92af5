package main

import (
	"context"
	"errors"
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

func noTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	if a.Key == "password" {
		return slog.String("password", "***")
	}
	return a
}

func main() {
	th := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime, Level: slog.LevelDebug})
	logger := slog.New(th)
	logger.Info("hello", "count", 3, "ratio", 0.25, "user", User{7, "ann"})
	logger.Debug("details", slog.Group("req", "method", "GET", "path", "/a b"), "password", "hunter2")
	logger.With("svc", "api").WithGroup("g").Warn("careful", "err", errors.New("disk full"), "d", 1500*time.Millisecond)
	jh := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime, AddSource: false})
	jl := slog.New(jh)
	jl.Info("json", "user", User{1, "bo"}, "tags", []string{"a", "b"}, "m", map[string]int{"z": 1, "a": 2})
	jl.Debug("hidden")
	jl.Error("failure", slog.Any("err", errors.New("x")), slog.Bool("fatal", false))
	ctx := context.Background()
	jl.LogAttrs(ctx, slog.LevelWarn+2, "custom level", slog.Time("at", time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)))
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	ql := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: noTime}))
	ql.Info("quiet")
	lv.Set(slog.LevelInfo)
	ql.Info("loud", "level", lv.Level())
	slog.SetDefault(ql)
	slog.Info("default logger", "n", 1)
	os.Stdout.Sync()
}
