package main

import (
	"encoding/json"
	"fmt"
)

type APIError struct {
	Code    int    `json:"code"`
	Message string `json:"message,omitempty"`
	secret  string
}

func (e APIError) Error() string  { return fmt.Sprintf("api %d: %s", e.Code, e.Message) }
func (e APIError) String() string { return "APIError" }

type Inner struct {
	X int `json:"x"`
}

type Wrapped struct {
	Inner
	Reason string `json:"reason"`
}

func (w *Wrapped) Error() string { return "wrapped " + w.Reason }

type Resp struct {
	Err    error          `json:"err"`
	Errs   []error        `json:"errs"`
	ByName map[string]any `json:"by_name"`
	S      fmt.Stringer   `json:"s,omitempty"`
}

func main() {
	r := Resp{
		Err:    APIError{404, "not found", "x"},
		Errs:   []error{APIError{500, "", ""}, &Wrapped{Inner{1}, "why"}},
		ByName: map[string]any{"e": error(APIError{1, "one", ""}), "w": &Wrapped{Inner{2}, "two"}},
		S:      APIError{2, "s", ""},
	}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent([]fmt.Stringer{APIError{3, "t", ""}}, "", " ")
	fmt.Println(string(b), err)
	var back struct {
		Err  map[string]any
		Errs []map[string]any
	}
	fmt.Println(json.Unmarshal([]byte(`{"Err":{"code":1},"Errs":[{"reason":"r"}]}`), &back), back.Err, back.Errs)
	fmt.Println(r.Err, r.Errs, r.S)
}
