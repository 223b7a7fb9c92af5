package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Meta struct {
	Created string `json:"created"`
	Version int    `json:"version,string"`
}

type Status int

const (
	Active Status = iota + 1
	Inactive
)

func (s Status) MarshalText() ([]byte, error) {
	return []byte([]string{"", "active", "inactive"}[s]), nil
}

func (s *Status) UnmarshalText(b []byte) error {
	switch string(b) {
	case "active":
		*s = Active
	case "inactive":
		*s = Inactive
	default:
		return fmt.Errorf("bad status %q", b)
	}
	return nil
}

type User struct {
	Meta
	ID       int            `json:"id"`
	Name     string         `json:"name"`
	Email    string         `json:"email,omitempty"`
	Password string         `json:"-"`
	Tags     []string       `json:"tags"`
	Addr     *Address       `json:"address,omitempty"`
	Extra    map[string]any `json:"extra,omitempty"`
	Status   Status         `json:"status"`
	Scores   map[Status]int `json:"scores,omitempty"`
	private  int
	Raw      json.RawMessage   `json:"raw,omitempty"`
	Dash     string            `json:"-,"`
	Labels   map[string]string `json:",omitempty"`
}

func main() {
	u := User{
		Meta:     Meta{"2024-01-01", 3},
		ID:       1,
		Name:     "Ann <admin> & co",
		Password: "secret",
		Addr:     &Address{Street: "Main 1"},
		Extra:    map[string]any{"z": 1.5, "a": []int{1, 2}, "n": nil},
		Status:   Inactive,
		Scores:   map[Status]int{Active: 2, Inactive: 1},
		private:  9,
		Raw:      json.RawMessage(`{"pre":"computed"}`),
		Dash:     "dash",
	}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"b": []any{true, nil, "x"}, "a": map[string]int{"y": 2, "x": 1}}, "", "  ")
	fmt.Println(string(b))
	var back User
	err = json.Unmarshal([]byte(`{"id":7,"name":"Bo","tags":["x"],"status":"active","version":"12","created":"now","address":{"street":"S","city":"C"},"unknown":1,"-":"d"}`), &back)
	fmt.Printf("%v | %+v | %+v\n", err, back.Meta, *back.Addr)
	fmt.Println(back.ID, back.Name, back.Tags, back.Status, back.Dash)
	err = json.Unmarshal([]byte(`{"status":"weird"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":"notanumber"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"id":1,}`), &back)
	fmt.Println(err)
	var anyv any
	json.Unmarshal([]byte(`{"n":1,"f":2.5,"s":"x","l":[1,"a",null],"o":{"k":false}}`), &anyv)
	m := anyv.(map[string]any)
	fmt.Printf("%T %T %T %T %v\n", m["n"], m["l"], m["o"], m["s"], m)
	dec := json.NewDecoder(strings.NewReader(`{"id":1} {"id":2} {"id":3}`))
	for {
		var x struct{ ID int }
		if err := dec.Decode(&x); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Print(x.ID, " ")
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"html": "<b>&</b>"})
	enc.SetIndent(">", "\t")
	enc.Encode([]int{1, 2})
	d2 := json.NewDecoder(strings.NewReader(`{"id":1,"bogus":2}`))
	d2.DisallowUnknownFields()
	var u2 User
	fmt.Println(d2.Decode(&u2))
	fmt.Println(json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[1,2]`)))
}
