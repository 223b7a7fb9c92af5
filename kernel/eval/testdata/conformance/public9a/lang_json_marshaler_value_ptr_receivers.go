package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

func (l Level) MarshalText() ([]byte, error) {
	return []byte([]string{"debug", "info", "warn"}[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "warn":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type Secret string

func (s Secret) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.Repeat("*", len(s)))
}

type Dur struct{ time.Duration }

func (d *Dur) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }
func (d *Dur) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Meta struct {
	Owner string `json:"owner"`
	Rev   int    `json:"rev,string"`
}

type Config struct {
	Meta
	Name     string          `json:"name"`
	Level    Level           `json:"level"`
	Levels   map[Level]int   `json:"levels"`
	Password Secret          `json:"password"`
	Timeout  Dur             `json:"timeout"`
	TimeoutP *Dur            `json:"timeout_p"`
	Extra    map[string]any  `json:"extra,omitempty"`
	Skip     string          `json:"-"`
	Dash     string          `json:"-,"`
	Raw      json.RawMessage `json:"raw"`
	Opt      *int            `json:"opt,omitempty"`
	Items    []Secret        `json:"items"`
}

func main() {
	c := Config{
		Meta:     Meta{"ann", 3},
		Name:     "svc",
		Level:    2,
		Levels:   map[Level]int{0: 1, 2: 5, 1: 3},
		Password: "hunter2",
		Timeout:  Dur{1500 * time.Millisecond},
		TimeoutP: &Dur{time.Minute},
		Skip:     "x",
		Dash:     "d",
		Raw:      json.RawMessage(`{"k":[1,2]}`),
		Items:    []Secret{"ab", "cde"},
	}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)
	b2, _ := json.Marshal(&c)
	fmt.Println(string(b2) == string(b))
	in := `{"owner":"bob","rev":"9","name":"n","level":"INFO","levels":{"warn":1,"debug":2},"timeout":"2s","timeout_p":"3m","raw":[true],"opt":4,"extra":{"a":[1,"x",null]}}`
	var d Config
	err = json.Unmarshal([]byte(in), &d)
	fmt.Println(err, d.Owner, d.Rev, d.Level, d.Levels, d.Timeout, d.TimeoutP.Duration, string(d.Raw), *d.Opt, d.Extra)
	err = json.Unmarshal([]byte(`{"level":"loud"}`), &d)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"timeout":"xyz"}`), &d)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"name":5}`), &d)
	fmt.Printf("%v %T\n", err, err)
	_ = ute
}
