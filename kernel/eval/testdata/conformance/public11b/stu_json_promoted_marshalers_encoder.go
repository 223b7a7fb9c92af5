package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Stamp struct{ At time.Time }

func (s Stamp) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.At.Format("2006-01-02"))
}

// Event embeds Stamp: Stamp's MarshalJSON is promoted, so an Event
// marshals as the stamp alone.
type Event struct {
	Stamp
	Name string
}

type Named struct{ First, Last string }

func (n *Named) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	n.First, n.Last, _ = strings.Cut(s, " ")
	return nil
}

type Person struct {
	*Named `json:"name"`
	Age    int `json:"age"`
}

type Wrapper struct {
	Stamp `json:"stamp"`
	Note  string `json:"note"`
}

type Status int

func (s Status) MarshalText() ([]byte, error) { return []byte([]string{"off", "on"}[s]), nil }

func main() {
	at := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	b, err := json.Marshal(Event{Stamp{at}, "launch"})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Wrapper{Stamp{at}, "tagged embedded"})
	fmt.Println(string(b), err)
	b, err = json.Marshal([]any{Stamp{at}, &Event{Stamp{at}, "p"}, map[Status]Status{0: 1}})
	fmt.Println(string(b), err)

	var p Person
	err = json.Unmarshal([]byte(`{"name": "Ada Lovelace", "age": 36}`), &p)
	fmt.Println(err, p.First, p.Last, p.Age)

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(">", "  ")
	enc.Encode(map[string]any{"html": "<a & b>", "n": []int{1}})
	enc.SetEscapeHTML(true)
	enc.SetIndent("", "")
	enc.Encode("<a & b>")
	fmt.Print(buf.String())
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2,{"b":null}],"c":"d"}`), "", "\t")
	fmt.Println(out.String())
	out.Reset()
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(out.String(), json.Valid([]byte(`{"a":}`)), json.Valid(out.Bytes()))
	out.Reset()
	json.HTMLEscape(&out, []byte(`"<tag>&"`))
	fmt.Println(out.String())
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"a": 1,}`), &p)
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
	}
	fmt.Println(err, se != nil && se.Offset == 9)
	_, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
	json.NewEncoder(os.Stdout).Encode(struct {
		A float64
		B []byte
		C *int
		D any
		E [2]bool
	}{A: 1e21, B: []byte("hi")})
}
