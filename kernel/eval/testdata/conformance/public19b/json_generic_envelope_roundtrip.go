package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

type Envelope[T any] struct {
	Type    string    `json:"type"`
	Payload T         `json:"payload"`
	Meta    *Meta     `json:"meta,omitempty"`
	Sent    time.Time `json:"sent"`
}

type Meta struct {
	Tags  []string          `json:"tags,omitempty"`
	Attrs map[string]string `json:"attrs,omitempty"`
}

type Order struct {
	ID    int      `json:"id"`
	Items []string `json:"items"`
	Total float64  `json:"total"`
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(t))), nil }
func (t *Temp) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	var f float64
	_, err := fmt.Sscanf(strings.TrimSuffix(s, "C"), "%g", &f)
	*t = Temp(f)
	return err
}

func Encode[T any](typ string, v T, meta *Meta) string {
	e := Envelope[T]{typ, v, meta, time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)}
	b, err := json.Marshal(e)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}

func Decode[T any](s string) (Envelope[T], error) {
	var e Envelope[T]
	err := json.Unmarshal([]byte(s), &e)
	return e, err
}

func main() {
	s1 := Encode("order", Order{7, []string{"pen", "ink"}, 12.5}, &Meta{Tags: []string{"rush"}})
	fmt.Println(s1)
	e1, err := Decode[Order](s1)
	fmt.Printf("%v %+v %v %v\n", err, e1.Payload, e1.Meta.Tags, e1.Sent.Format(time.RFC822))
	s2 := Encode("temps", []Temp{21.25, -3}, nil)
	fmt.Println(s2)
	e2, err := Decode[[]Temp](s2)
	fmt.Println(err, e2.Payload, e2.Meta == nil)
	s3 := Encode("map", map[string]Temp{"in": 20, "out": 5.5}, &Meta{Attrs: map[string]string{"z": "1", "a": "2"}})
	fmt.Println(s3)
	raw, err := Decode[json.RawMessage](s3)
	fmt.Println(string(raw.Payload), err)
	generic, err := Decode[map[string]any](s1)
	keys := make([]string, 0)
	for k := range generic.Payload {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, generic.Payload["total"], err)
	_, err = Decode[Order](`{"type":"order","payload":{"id":"x"}}`)
	fmt.Println(err)
	_, err = Decode[[]Temp](`{"payload":["hot"]}`)
	fmt.Println(err)
	fmt.Printf("%T\n", e2)
}
