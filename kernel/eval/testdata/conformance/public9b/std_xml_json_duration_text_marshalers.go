package main

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

type Dur struct{ time.Duration }

func (d Dur) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
func (d *Dur) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	d.Duration = v
	return err
}

type Job struct {
	XMLName xml.Name `xml:"job"`
	Name    string   `xml:"name,attr"`
	Every   Dur      `xml:"every,attr"`
	Timeout Dur      `xml:"timeout"`
	Steps   []string `xml:"steps>step"`
}

type Level int

func (l Level) String() string { return strings.Repeat("*", int(l)) }

type Cfg struct {
	Jobs  []Job          `json:"jobs"`
	Level Level          `json:"level"`
	ByDur map[Dur]string `json:"by_dur"`
}

func main() {
	j := Job{Name: "backup", Every: Dur{90 * time.Minute}, Timeout: Dur{30 * time.Second}, Steps: []string{"dump", "upload"}}
	b, err := xml.MarshalIndent(j, "", " ")
	fmt.Println(string(b), err)
	var back Job
	fmt.Println(xml.Unmarshal(b, &back), back.Every, back.Timeout, back.Steps)
	c := Cfg{Jobs: []Job{j}, Level: 3, ByDur: map[Dur]string{{time.Second}: "s"}}
	b, err = json.Marshal(c)
	fmt.Println(string(b), err)
	var cb Cfg
	fmt.Println(json.Unmarshal(b, &cb), cb.Jobs[0].Every, cb.Level, cb.ByDur)
	fmt.Printf("%v %d %s\n", c.Level, c.Level, c.Level)
}
