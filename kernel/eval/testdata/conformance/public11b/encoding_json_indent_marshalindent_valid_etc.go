package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log"
	"os"
)

func main() {
	// ExampleIndent
	{
		type Road struct {
			Name   string
			Number int
		}
		roads := []Road{
			{"Diamond Fork", 29},
			{"Sheep Creek", 51},
		}

		b, err := json.Marshal(roads)
		if err != nil {
			log.Fatal(err)
		}

		var out bytes.Buffer
		json.Indent(&out, b, "=", "\t")
		out.WriteTo(os.Stdout)
	}

	// ExampleMarshalIndent
	{
		data := map[string]int{
			"a": 1,
			"b": 2,
		}

		b, err := json.MarshalIndent(data, "<prefix>", "<indent>")
		if err != nil {
			log.Fatal(err)
		}

		fmt.Println(string(b))
	}

	// ExampleValid
	{
		goodJSON := `{"example": 1}`
		badJSON := `{"example":2:]}}`

		fmt.Println(json.Valid([]byte(goodJSON)), json.Valid([]byte(badJSON)))
	}

	// ExampleHTMLEscape
	{
		var out bytes.Buffer
		json.HTMLEscape(&out, []byte(`{"Name":"<b>HTML content</b>"}`))
		out.WriteTo(os.Stdout)
	}
}
