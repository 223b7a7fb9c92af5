package main

import (
	"encoding"
	"encoding/json"
	"fmt"
	"net/netip"
	"strconv"
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

func (l Level) AppendText(b []byte) ([]byte, error) {
	if int(l) < len(levelNames) {
		return append(b, levelNames[l]...), nil
	}
	return nil, fmt.Errorf("bad level %d", int(l))
}

func (l Level) MarshalText() ([]byte, error) { return l.AppendText(nil) }

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(strconv.FormatFloat(float64(c), 'f', 1, 64) + `"C"`[0:0]), nil
}

type Config struct {
	Level   Level         `json:"level"`
	Levels  map[Level]int `json:"levels"`
	Addr    netip.Addr    `json:"addr"`
	Timeout time.Duration `json:"timeout"`
	Temp    Celsius       `json:"temp"`
	When    time.Time     `json:"when"`
}

var _ encoding.TextAppender = Level(0)
var _ encoding.TextUnmarshaler = (*Level)(nil)

func main() {
	buf := []byte("level=")
	buf, _ = Warn.AppendText(buf)
	fmt.Println(string(buf))
	_, err := Level(9).AppendText(nil)
	fmt.Println(err)

	var ta encoding.TextAppender = netip.MustParseAddr("10.0.0.1")
	b, _ := ta.AppendText([]byte("ip="))
	fmt.Println(string(b))
	tb, _ := time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC).AppendText(nil)
	fmt.Println(string(tb))

	cfg := Config{Level: Info, Levels: map[Level]int{Warn: 3, Debug: 1}, Addr: netip.MustParseAddr("::1"),
		Timeout: 1500 * time.Millisecond, Temp: 21.55, When: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	out, err := json.Marshal(cfg)
	fmt.Println(string(out), err)

	var back Config
	err = json.Unmarshal([]byte(`{"level":"WARN","levels":{"info":2},"addr":"192.168.1.9","timeout":42}`), &back)
	fmt.Println(back.Level, back.Levels, back.Addr, back.Timeout, err)
	err = json.Unmarshal([]byte(`{"level":"loud"}`), &back)
	fmt.Println(err)
	_, err = json.Marshal(map[Level]int{Level(7): 1})
	fmt.Println(err)
}
