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
	logger.Info("hi there")
	logger.Debug("details", "key", "val", "age", 25)
	logger.Warn("careful", slog.Group("req", "method", "GET", "path", "/x"))
	l2 := logger.With("app", "demo").WithGroup("g")
	l2.Error("failed", "err", os.ErrNotExist, "n", 3.5)
	jl := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	jl.Info("json", "list", []int{1, 2}, "m", map[string]int{"a": 1})
	jl.Log(nil, slog.LevelWarn+2, "custom level")
	var lv slog.LevelVar
	lv.Set(slog.LevelError)
	ql := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: opts.ReplaceAttr}))
	ql.Info("hidden")
	ql.Error("shown", slog.Int("code", 7), slog.Bool("ok", false))
}
