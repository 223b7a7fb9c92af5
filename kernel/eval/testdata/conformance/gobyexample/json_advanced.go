package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Disabled
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower(s.String()))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "disabled":
		*s = Disabled
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

func (s Status) String() string {
	switch s {
	case Active:
		return "Active"
	case Disabled:
		return "Disabled"
	}
	return "Unknown"
}

type Meta struct {
	Created time.Time `json:"created"`
}

type Account struct {
	ID     int               `json:"id"`
	Status Status            `json:"status"`
	Labels map[string]string `json:"labels,omitempty"`
	Meta
	Ptr *int `json:"ptr"`
}

func main() {
	a := Account{ID: 7, Status: Disabled, Meta: Meta{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	var back Account
	err = json.Unmarshal([]byte(`{"id":9,"status":"active","labels":{"k":"v"},"created":"2020-05-06T07:08:09Z","ptr":5}`), &back)
	fmt.Println(err, back.ID, back.Status, back.Labels, back.Created.Year(), *back.Ptr)
	err = json.Unmarshal([]byte(`{"status":"weird"}`), &back)
	fmt.Println(err)
	var anyv any
	json.Unmarshal([]byte(`[1, "two", true, null, {"x": 1.5}]`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.([]any)[0])
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2}`))
	for dec.More() {
		var m map[string]int
		dec.Decode(&m)
		fmt.Print(m["a"], " ")
	}
	fmt.Println()
	var raw map[string]json.RawMessage
	json.Unmarshal([]byte(`{"x":[1,2],"y":"s"}`), &raw)
	fmt.Println(string(raw["x"]), string(raw["y"]))
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{bad`), &anyv)
	fmt.Printf("%v %T %v\n", err, err, se == nil)
}
