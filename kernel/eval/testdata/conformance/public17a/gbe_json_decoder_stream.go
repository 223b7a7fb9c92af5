package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Msg struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

func main() {
	const stream = `
	{"name": "Ed", "text": "Knock knock."}
	{"name": "Sam", "text": "Who's there?"}
	{"name": "Ed", "text": "Go fmt."}
`
	dec := json.NewDecoder(strings.NewReader(stream))
	for {
		var m Msg
		if err := dec.Decode(&m); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%s: %s\n", m.Name, m.Text)
	}
	tokDec := json.NewDecoder(strings.NewReader(`{"a":[1,"x",true,null],"b":{"c":2.5}}`))
	for {
		t, err := tokDec.Token()
		if err == io.EOF {
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": []int{1}})
	d2 := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	d2.UseNumber()
	var v map[string]any
	d2.Decode(&v)
	fmt.Printf("%T %v\n", v["n"], v["n"])
}
