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
	Inactive
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
	case "inactive":
		*s = Inactive
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

func (s Status) String() string {
	switch s {
	case Active:
		return "Active"
	case Inactive:
		return "Inactive"
	}
	return "Unknown"
}

type Level string

func (l Level) MarshalText() ([]byte, error) { return []byte("L-" + string(l)), nil }
func (l *Level) UnmarshalText(b []byte) error {
	*l = Level(strings.TrimPrefix(string(b), "L-"))
	return nil
}

type Account struct {
	Name    string        `json:"name"`
	Status  Status        `json:"status"`
	Levels  map[Level]int `json:"levels"`
	Created time.Time     `json:"created"`
	Dur     time.Duration `json:"dur"`
	Opt     *Status       `json:"opt,omitempty"`
	Any     any           `json:"any"`
}

func main() {
	a := Account{Name: "x", Status: Active, Levels: map[Level]int{"b": 2, "a": 1},
		Created: time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), Dur: time.Second, Any: Inactive}
	b, err := json.Marshal(a)
	fmt.Println(string(b), err)
	var back Account
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Status, back.Levels, back.Created.Year(), back.Dur, back.Any)
	err = json.Unmarshal([]byte(`{"status":"zombie"}`), &back)
	fmt.Println(err)
	var ss []Status
	fmt.Println(json.Unmarshal([]byte(`["inactive","active"]`), &ss), ss)
	out, _ := json.Marshal(map[string]Status{"k": Inactive})
	fmt.Println(string(out))
	var lv Level
	fmt.Println(json.Unmarshal([]byte(`"L-warn"`), &lv), lv)
	lb, _ := json.Marshal([]Level{"x"})
	fmt.Println(string(lb))
}
