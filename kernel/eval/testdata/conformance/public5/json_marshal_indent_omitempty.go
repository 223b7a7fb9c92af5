package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type Account struct {
	ID       int64           `json:"id,string"`
	Name     string          `json:"name"`
	Email    string          `json:"email,omitempty"`
	Password string          `json:"-"`
	Dash     string          `json:"-,"`
	Tags     []string        `json:"tags"`
	NilTags  []string        `json:"nil_tags,omitempty"`
	Addr     *Address        `json:"address,omitempty"`
	Home     Address         `json:"home"`
	Meta     map[string]any  `json:"meta,omitempty"`
	Scores   map[int]float64 `json:"scores"`
	Created  time.Time       `json:"created"`
	Ratio    float64         `json:"ratio"`
	Active   bool            `json:"active"`
	Raw      json.RawMessage `json:"raw,omitempty"`
	Embedded
	unexported int
}

type Embedded struct {
	Level int    `json:"level"`
	Note  string `json:"note,omitempty"`
}

func main() {
	a := Account{
		ID:       9007199254740993,
		Name:     "Ann <admin> & co",
		Tags:     []string{},
		Home:     Address{City: "Oslo"},
		Scores:   map[int]float64{10: 1.5, 2: 3},
		Created:  time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
		Ratio:    1e-7,
		Dash:     "d",
		Raw:      json.RawMessage(`{"pre":true}`),
		Meta:     map[string]any{"z": nil, "a": []int{1}},
		Embedded: Embedded{Level: 3},
	}
	b, err := json.MarshalIndent(a, "", "  ")
	fmt.Println(string(b), err)
	c, _ := json.Marshal(Account{Addr: &Address{"Rome", "IT"}})
	fmt.Println(string(c))
	var back Account
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.ID, back.Name, back.Created.Equal(a.Created), back.Scores[10], back.Level, string(back.Raw))
	fmt.Printf("%v %q %v\n", back.Tags == nil, back.Password, back.Meta)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal(make(chan int))
	fmt.Println(err)
}
