package main

import (
	"log/slog"
	"os"
)

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, opts))
	logger.Info("hello", "count", 3, "ok", true)
	logger.Debug("details", slog.String("user", "ann"), slog.Int("id", 7))
	logger.Warn("grouped", slog.Group("req", slog.String("method", "GET"), slog.Int("status", 200)))
	l2 := logger.With("service", "api").WithGroup("g")
	l2.Error("failed", "err", "boom", "n", 1.5)
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: opts.ReplaceAttr}))
	quiet.Info("not shown")
	quiet.Warn("shown", "level", lv.Level())
	logger.LogAttrs(nil, slog.LevelInfo, "attrs", slog.Bool("b", false), slog.Any("list", []int{1, 2}))
}
