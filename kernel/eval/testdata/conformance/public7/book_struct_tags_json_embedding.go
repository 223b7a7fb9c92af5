package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Audit struct {
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
}

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalText() ([]byte, error) {
	switch s {
	case Active:
		return []byte("active"), nil
	case Suspended:
		return []byte("suspended"), nil
	}
	return nil, fmt.Errorf("bad status %d", int(s))
}

func (s *Status) UnmarshalText(b []byte) error {
	switch string(b) {
	case "active":
		*s = Active
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("unknown status %q", b)
	}
	return nil
}

type User struct {
	Audit
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Password string            `json:"-"`
	Age      int               `json:"age,string"`
	Address  *Address          `json:"address,omitempty"`
	Status   Status            `json:"status"`
	Labels   map[Status]string `json:"labels,omitempty"`
	Scores   []float64         `json:"scores"`
}

func main() {
	u := User{
		Audit:    Audit{"admin", time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)},
		ID:       7,
		Name:     "Ada",
		Password: "secret",
		Age:      36,
		Status:   Active,
		Labels:   map[Status]string{Suspended: "was", Active: "is"},
	}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	u.Address = &Address{Street: "1 Main"}
	u.Scores = []float64{1.5, 2}
	b, _ = json.MarshalIndent(u, "", " ")
	fmt.Println(string(b))

	var back User
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Age, back.Status, back.Address.Street, back.CreatedAt.Year(), back.Password == "")
	dec := json.NewDecoder(strings.NewReader(`{"id": 1, "status": "deleted"}`))
	err = dec.Decode(&back)
	fmt.Println(err)
	dec = json.NewDecoder(strings.NewReader(`{"id": 1, "nickname": "x"}`))
	dec.DisallowUnknownFields()
	fmt.Println(dec.Decode(&back))
	_, err = json.Marshal(User{Status: 9})
	fmt.Println(err)
	var anyv map[string]any
	json.Unmarshal(b, &anyv)
	fmt.Println(anyv["age"], anyv["created_by"], anyv["labels"])
}
