package main

import (
	"log/slog"
	"os"
	"strings"
)

func main() {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
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
		},
	}
	logger := slog.New(slog.NewTextHandler(os.Stdout, opts))
	logger.Debug("debugging", "n", 1)
	logger.Info("hello", "count", 3, "password", "hunter2")
	logger.Warn("disk", slog.Int("free_pct", 7), slog.Bool("critical", false))
	logger.Error("failed", "err", os.ErrNotExist, "path", "/tmp/x y")
	child := logger.With("request", "r-1").WithGroup("http")
	child.Info("served", "status", 200, slog.Group("timing", "ms", 12))
	jl := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	jl.Info("json too", "list", []int{1, 2}, "q", `a "quote"`)
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: opts.ReplaceAttr}))
	quiet.Info("hidden")
	quiet.Warn("shown")
	slog.SetDefault(quiet)
	slog.Warn("via default", "k", "v")
}
