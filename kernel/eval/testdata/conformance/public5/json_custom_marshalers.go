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

func (l Level) MarshalText() ([]byte, error) {
	if int(l) >= len(levelNames) {
		return nil, fmt.Errorf("bad level %d", int(l))
	}
	return []byte(levelNames[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Duration struct{ time.Duration }

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: %w", err)
	}
	v, err := time.ParseDuration(s)
	d.Duration = v
	return err
}

type Config struct {
	Level    Level         `json:"level"`
	Timeout  Duration      `json:"timeout"`
	Retries  *int          `json:"retries"`
	PerLevel map[Level]int `json:"per_level"`
	Limits   []Duration    `json:"limits"`
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func main() {
	r := 3
	c := Config{Warn, Duration{90 * time.Second}, &r, map[Level]int{Info: 2, Debug: 1}, []Duration{{time.Millisecond}}}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)
	var back Config
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Level, back.Timeout, *back.Retries, back.PerLevel, back.Limits)
	for _, in := range []string{
		`{"level":"INFO","timeout":"2h"}`,
		`{"level":"loud"}`,
		`{"timeout":5}`,
		`{"timeout":"5 parsecs"}`,
		`{"per_level":{"warn":7}}`,
	} {
		var cfg Config
		err := json.Unmarshal([]byte(in), &cfg)
		fmt.Printf("%-34s level=%d timeout=%v per=%v err=%v\n", in, cfg.Level, cfg.Timeout, cfg.PerLevel, err)
	}
	_, err = json.Marshal(Config{Level: 9})
	fmt.Println(err)
	temps, _ := json.Marshal(map[string]Celsius{"in": 21.55, "out": -3})
	fmt.Println(string(temps))
	list, _ := json.Marshal([]Level{Debug, Warn})
	fmt.Println(string(list))
}
