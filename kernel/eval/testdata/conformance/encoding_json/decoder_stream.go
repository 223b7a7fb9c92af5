package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Message struct {
	Name, Text string
}

func main() {
	const jsonStream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
`
	dec := json.NewDecoder(strings.NewReader(jsonStream))
	for {
		var m Message
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %s\n", m.Name, m.Text)
	}
	const arr = `[{"Name": "Ed", "Text": "a"}, {"Name": "Sam", "Text": "b"}]`
	d2 := json.NewDecoder(strings.NewReader(arr))
	t, _ := d2.Token()
	fmt.Printf("%T: %v\n", t, t)
	for d2.More() {
		var m Message
		d2.Decode(&m)
		fmt.Printf("%v: %v\n", m.Name, m.Text)
	}
	t, _ = d2.Token()
	fmt.Printf("%T: %v\n", t, t)
	d3 := json.NewDecoder(strings.NewReader(`{"a": [1, "x", true, null, 2.5]}`))
	for {
		tok, err := d3.Token()
		if err == io.EOF {
			break
		}
		fmt.Printf("%T: %v", tok, tok)
		if d3.More() {
			fmt.Print(" (more)")
		}
		fmt.Println()
	}
}
