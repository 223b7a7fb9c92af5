package main

import (
	"log/slog"
	"os"
	"time"
)

func main() {
	h := slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{}
			}
			return a
		},
	})
	l := slog.New(h)
	l.Info("json", "d", 2*time.Second, "f", 1.5, "list", []int{1, 2})
	l.Debug("hidden")
	l.Info("grouped", slog.GroupAttrs("req", slog.String("method", "GET"), slog.Int("code", 200)))
	slog.SetDefault(l)
	slog.Warn("via default", "k", "v")
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	println2 := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: &lv, ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	println2.Info("filtered")
	println2.Error("shown", "level", lv.Level())
}
