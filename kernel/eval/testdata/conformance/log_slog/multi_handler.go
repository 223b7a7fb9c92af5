package main

import (
	"bytes"
	"fmt"
	"log/slog"
)

func noTime(_ []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	return a
}

func main() {
	var a, b bytes.Buffer
	h := slog.NewMultiHandler(
		slog.NewTextHandler(&a, &slog.HandlerOptions{ReplaceAttr: noTime}),
		slog.NewJSONHandler(&b, &slog.HandlerOptions{ReplaceAttr: noTime, Level: slog.LevelWarn}),
	)
	l := slog.New(h)
	l.Info("info only text")
	l.Warn("both", "x", 1)
	fmt.Print(a.String())
	fmt.Print(b.String())
	fmt.Println(slog.LevelInfo, slog.LevelError+2)
}
