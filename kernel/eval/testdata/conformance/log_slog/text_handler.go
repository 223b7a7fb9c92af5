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
	logger.Info("hello", "count", 3, "name", "x y")
	logger.Debug("dbg", slog.Int("n", 1), slog.Bool("ok", true))
	logger.With("req", 7).Warn("warned", slog.Group("g", "a", 1, "b", "two"))
	logger.WithGroup("grp").Error("failed", "err", os.ErrNotExist)
}
