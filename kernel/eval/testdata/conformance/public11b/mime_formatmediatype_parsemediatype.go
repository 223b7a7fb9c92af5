package main

import (
	"fmt"
	"mime"
)

func main() {
	// ExampleFormatMediaType
	{
		mediatype := "text/html"
		params := map[string]string{
			"charset": "utf-8",
		}

		result := mime.FormatMediaType(mediatype, params)

		fmt.Println("result:", result)
	}

	// ExampleParseMediaType
	{
		mediatype, params, err := mime.ParseMediaType("text/html; charset=utf-8")
		if err != nil {
			panic(err)
		}

		fmt.Println("type:", mediatype)
		fmt.Println("charset:", params["charset"])
	}
}
