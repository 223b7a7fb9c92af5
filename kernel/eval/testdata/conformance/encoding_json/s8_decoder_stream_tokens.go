package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// json.Decoder over a stream of values and tokens into notebook types:
// More, Token, InputOffset, Buffered, DisallowUnknownFields.

type Event struct {
	Type string `json:"type"`
	N    int    `json:"n"`
}

func main() {
	stream := `{"type":"a","n":1} {"type":"b","n":2}
	{"type":"c","n":3}`
	d := json.NewDecoder(strings.NewReader(stream))
	for {
		var e Event
		err := d.Decode(&e)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("error:", err)
			break
		}
		fmt.Printf("%+v %d\n", e, d.InputOffset())
	}
	arr := `[{"type":"x","n":10},{"type":"y","n":20}] tail`
	d = json.NewDecoder(strings.NewReader(arr))
	tok, err := d.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	total := 0
	for d.More() {
		var e Event
		if err := d.Decode(&e); err != nil {
			fmt.Println(err)
			return
		}
		total += e.N
	}
	tok, _ = d.Token()
	fmt.Println(tok, total)
	rest, _ := io.ReadAll(d.Buffered())
	fmt.Printf("%q\n", rest)
	d = json.NewDecoder(strings.NewReader(`{"type":"z","n":1,"extra":true}`))
	d.DisallowUnknownFields()
	var e Event
	fmt.Println(d.Decode(&e), e)
	d = json.NewDecoder(strings.NewReader(`{"a":[1,"two",{"b":null}]}`))
	for {
		t, err := d.Token()
		if err != nil {
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
}
