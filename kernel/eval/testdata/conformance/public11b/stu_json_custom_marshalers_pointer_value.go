package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	s = strings.TrimSuffix(s, "C")
	var f float64
	if _, err := fmt.Sscanf(s, "%g", &f); err != nil {
		return fmt.Errorf("celsius %q: %w", b, err)
	}
	*c = Celsius(f)
	return nil
}

type Level int

const (
	Low Level = iota
	High
)

func (l Level) MarshalText() ([]byte, error) {
	return []byte([]string{"low", "high"}[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = Low
	case "high":
		*l = High
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Reading struct {
	Sensor  string        `json:"sensor"`
	Temp    Celsius       `json:"temp"`
	Max     *Celsius      `json:"max,omitempty"`
	Level   Level         `json:"level"`
	ByLevel map[Level]int `json:"by_level"`
	Every   time.Duration `json:"every"`
	Note    string        `json:"-"`
	Count   int           `json:"count,string"`
	Zero    time.Time     `json:"zero,omitzero"`
}

func main() {
	m := Celsius(30.25)
	r := Reading{Sensor: "s1", Temp: 21.5, Max: &m, Level: High,
		ByLevel: map[Level]int{Low: 2, High: 5}, Every: 90 * time.Second, Note: "hidden", Count: 7}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)

	var back Reading
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Sensor, back.Temp, *back.Max, back.Level, back.ByLevel, back.Every, back.Count)

	err = json.Unmarshal([]byte(`{"temp":"abcC"}`), &back)
	fmt.Println("error:", err)
	err = json.Unmarshal([]byte(`{"level":"medium"}`), &back)
	fmt.Println("error:", err)

	out, _ := json.MarshalIndent(map[string]any{"list": []Celsius{1, 2.5}, "lv": Low}, "", "  ")
	fmt.Println(string(out))
}
