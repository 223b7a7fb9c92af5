package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

var levelNames = []string{"debug", "info", "warn"}

func (l Level) MarshalText() ([]byte, error) { return []byte(levelNames[l]), nil }
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == strings.ToLower(string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("bad level %q", b)
}

type Dur struct{ time.Duration }

func (d Dur) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }
func (d *Dur) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type PtrOnly struct{ V int }

func (p *PtrOnly) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"ptr:%d"`, p.V)), nil }

type Config struct {
	Name     string         `json:"name"`
	Level    Level          `json:"level"`
	Levels   map[Level]int  `json:"levels,omitempty"`
	Timeout  Dur            `json:"timeout"`
	Retries  *int           `json:"retries,omitempty"`
	Tags     []string       `json:"tags"`
	Val      PtrOnly        `json:"val"`
	ValP     *PtrOnly       `json:"valp"`
	Children []Config       `json:"children,omitempty"`
	Meta     map[string]any `json:"meta,omitempty"`
	Skip     string         `json:"-"`
	Dash     string         `json:"-,"`
	Num      int            `json:",string"`
	Lvls     []Level        `json:"lvls"`
	Opt      *Dur           `json:"opt"`
}

func main() {
	r := 3
	c := Config{
		Name: "root", Level: Warn, Levels: map[Level]int{Info: 2, Debug: 1},
		Timeout: Dur{1500 * time.Millisecond}, Retries: &r, Val: PtrOnly{1}, ValP: &PtrOnly{2},
		Children: []Config{{Name: "kid", Tags: []string{}}},
		Meta:     map[string]any{"b": 1.5, "a": []int{1}},
		Skip:     "x", Dash: "d", Num: 42, Lvls: []Level{Debug, Warn},
	}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)
	b2, _ := json.MarshalIndent(&c, "", "  ")
	fmt.Println(string(b2))
	var back Config
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Name, back.Level, back.Levels, back.Timeout.Duration, *back.Retries, back.Num, back.Lvls, back.Dash)
	fmt.Println(len(back.Children), back.Children[0].Tags != nil, back.Meta["b"], back.Meta["a"])
	err = json.Unmarshal([]byte(`{"level":"loud"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"timeout":"nope"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Num":"notnum"}`), &back)
	fmt.Println(err)
	var lv Level
	err = json.Unmarshal([]byte(`"INFO"`), &lv)
	fmt.Println(lv, err)
	mb, _ := json.Marshal(map[Level]string{Warn: "w", Debug: "d"})
	fmt.Println(string(mb))
}
