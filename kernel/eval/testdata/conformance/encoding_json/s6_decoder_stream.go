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
	const stream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
`
	dec := json.NewDecoder(strings.NewReader(stream))
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
	dec = json.NewDecoder(strings.NewReader(`[{"Name":"a","Text":"1"},{"Name":"b","Text":"2"}] {"x":[1,"y",true,null]}`))
	t, _ := dec.Token()
	fmt.Printf("%T %v\n", t, t)
	for dec.More() {
		var m Message
		dec.Decode(&m)
		fmt.Printf("%+v\n", m)
	}
	t, _ = dec.Token()
	fmt.Printf("%T %v\n", t, t)
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	dec = json.NewDecoder(strings.NewReader(`{"Name":"x","Extra":1}`))
	dec.DisallowUnknownFields()
	var m Message
	fmt.Println(dec.Decode(&m))
	dec = json.NewDecoder(strings.NewReader(`{"Name": 5}`))
	fmt.Println(dec.Decode(&m))
}
