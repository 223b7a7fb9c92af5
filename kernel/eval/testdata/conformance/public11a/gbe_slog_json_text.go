package main

import (
	"bytes"
	"fmt"
	"log/slog"
)

func main() {
	var buf bytes.Buffer
	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}
	jl := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{ReplaceAttr: noTime}))
	jl.Info("hi there")
	jl.Info("hello again", "key", "val", "age", 25)
	jl.With("req", 7).Warn("slow", slog.Group("db", "ms", 120, "rows", 3))
	jl.Debug("hidden")
	fmt.Print(buf.String())
	buf.Reset()
	tl := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{ReplaceAttr: noTime, Level: slog.LevelDebug}))
	tl.Debug("visible", "path", "/a b", "ok", true)
	tl.WithGroup("g").Error("failed", "err", fmt.Errorf("wrapped: %w", fmt.Errorf("inner")))
	fmt.Print(buf.String())
	var lv slog.LevelVar
	lv.Set(slog.LevelWarn)
	fmt.Println(lv.Level(), slog.LevelInfo, slog.LevelDebug+2)
	fmt.Println(slog.IntValue(3).Kind(), slog.StringValue("x").Kind(), slog.Any("k", 1.5))
}
