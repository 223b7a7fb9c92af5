package main

import (
	"bytes"
	"fmt"
	"log/slog"
)

func main() {
	removeTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey && len(groups) == 0 {
			return slog.Attr{}
		}
		return a
	}

	var textBuf, jsonBuf bytes.Buffer
	textHandler := slog.NewTextHandler(&textBuf, &slog.HandlerOptions{ReplaceAttr: removeTime})
	jsonHandler := slog.NewJSONHandler(&jsonBuf, &slog.HandlerOptions{ReplaceAttr: removeTime})

	multiHandler := slog.NewMultiHandler(textHandler, jsonHandler)
	logger := slog.New(multiHandler)

	logger.Info("login",
		slog.String("name", "whoami"),
		slog.Int("id", 42),
	)

	fmt.Print(textBuf.String())
	fmt.Print(jsonBuf.String())

}
