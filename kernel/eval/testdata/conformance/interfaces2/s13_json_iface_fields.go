package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

// JSON of structs whose fields are of interface types declared in the
// program: encoding writes the values they hold; decoding goes through a
// type tag and a custom UnmarshalJSON that fills the interface field.

type Animal interface{ Sound() string }

type Dog struct {
	Name  string `json:"name"`
	Breed string `json:"breed,omitempty"`
}

type Cat struct {
	Name  string `json:"name"`
	Lives int    `json:"lives"`
}

func (d Dog) Sound() string  { return d.Name + ": woof" }
func (c *Cat) Sound() string { return c.Name + ": meow" }

type Pet struct {
	Kind   string `json:"kind"`
	Animal Animal `json:"animal"`
	Owner  string `json:"owner,omitempty"`
}

func (p *Pet) UnmarshalJSON(b []byte) error {
	var raw struct {
		Kind   string          `json:"kind"`
		Animal json.RawMessage `json:"animal"`
		Owner  string          `json:"owner"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	p.Kind, p.Owner = raw.Kind, raw.Owner
	switch raw.Kind {
	case "dog":
		var d Dog
		if err := json.Unmarshal(raw.Animal, &d); err != nil {
			return err
		}
		p.Animal = d
	case "cat":
		c := &Cat{}
		if err := json.Unmarshal(raw.Animal, c); err != nil {
			return err
		}
		p.Animal = c
	default:
		return fmt.Errorf("unknown kind %q", raw.Kind)
	}
	return nil
}

type Shelter struct {
	Pets     []Pet             `json:"pets"`
	Favorite Animal            `json:"favorite"`
	ByName   map[string]Animal `json:"by_name"`
}

func main() {
	s := Shelter{
		Pets: []Pet{
			{Kind: "dog", Animal: Dog{Name: "rex", Breed: "lab"}, Owner: "ann"},
			{Kind: "cat", Animal: &Cat{Name: "tom", Lives: 9}},
		},
		Favorite: Dog{Name: "fido"},
		ByName:   map[string]Animal{"tom": &Cat{Name: "tom", Lives: 8}},
	}
	b, err := json.MarshalIndent(s, "", "  ")
	fmt.Println(string(b), err)

	var back Shelter
	err = json.Unmarshal([]byte(`{"pets":[{"kind":"cat","animal":{"name":"kit","lives":3}},{"kind":"dog","animal":{"name":"max"}}]}`), &back)
	fmt.Println(err, len(back.Pets), back.Favorite == nil)
	for _, p := range back.Pets {
		fmt.Printf("%s %T %s\n", p.Kind, p.Animal, p.Animal.Sound())
	}
	var bad Shelter
	err = json.Unmarshal([]byte(`{"pets":[{"kind":"fish","animal":{}}]}`), &bad)
	fmt.Println(err)

	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	for _, p := range back.Pets {
		if err := enc.Encode(p); err != nil {
			fmt.Println(err)
		}
	}
	fmt.Print(sb.String())
}
