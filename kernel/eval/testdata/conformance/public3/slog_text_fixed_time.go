package main

import (
	"context"
	"log/slog"
	"os"
	"time"
)

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Time(slog.TimeKey, time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC))
			}
			return a
		},
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, opts))
	logger.Info("hello", "count", 3)
	logger.Debug("debugging", "user", "ann", "ok", true)
	logger.Warn("disk", slog.Int("free_mb", 12), slog.Float64("ratio", 0.05))
	logger.Error("failed", "err", os.ErrNotExist)
	l2 := logger.With("request_id", "abc-123")
	l2.Info("start", slog.Group("http", slog.String("method", "GET"), slog.Int("status", 200)))
	l3 := logger.WithGroup("db")
	l3.Info("query", "rows", 10, "dur", 1500*time.Millisecond)
	logger.Log(context.Background(), slog.LevelWarn+2, "custom level")
	logger.LogAttrs(context.Background(), slog.LevelInfo, "attrs", slog.Bool("b", false), slog.Any("list", []int{1, 2}))
	logger.Info("quoting", "msg", "has spaces", "empty", "", "q", `a"b`)
}
