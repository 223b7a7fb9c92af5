package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"time"
)

type Stamp struct {
	time.Time
}

type Event struct {
	Stamp
	Name string
}

type Link struct {
	*url.URL `json:"url"`
	Title    string
}

type Meta struct {
	Created time.Time `json:"created"`
	Tags    []string  `json:"tags"`
}

type Doc struct {
	Meta
	Body string `json:"body"`
}

func main() {
	t := time.Date(2024, 5, 6, 7, 8, 9, 0, time.UTC)
	b, err := json.Marshal(Stamp{t})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Event{Stamp{t}, "launch"})
	fmt.Println(string(b), err)
	u, _ := url.Parse("https://go.dev/doc?x=1")
	b, err = json.Marshal(Link{u, "docs"})
	fmt.Println(string(b), err)
	b, err = json.Marshal(Doc{Meta{t, []string{"a"}}, "text"})
	fmt.Println(string(b), err)
	var d Doc
	err = json.Unmarshal([]byte(`{"created":"2020-01-01T00:00:00Z","tags":["x","y"],"body":"b"}`), &d)
	fmt.Println(err, d.Created.Year(), d.Tags, d.Body)
	var s Stamp
	err = json.Unmarshal([]byte(`"2021-02-03T04:05:06Z"`), &s)
	fmt.Println(err, s.Month(), s.Day())
}
