package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Size int

const (
	Unrecognized Size = iota
	Small
	Large
)

func (s *Size) UnmarshalText(text []byte) error {
	switch strings.ToLower(string(text)) {
	default:
		*s = Unrecognized
	case "small":
		*s = Small
	case "large":
		*s = Large
	}
	return nil
}

func (s Size) MarshalText() ([]byte, error) {
	var name string
	switch s {
	default:
		name = "unrecognized"
	case Small:
		name = "small"
	case Large:
		name = "large"
	}
	return []byte(name), nil
}

type Inventory struct {
	Sizes []Size `xml:"size"`
	Main  Size   `xml:"main,attr"`
	Best  *Size  `xml:"best"`
}

func main() {
	blob := `
	<sizes main="large">
		<size>small</size>
		<size>regular</size>
		<size>large</size>
		<size>unrecognized</size>
		<size>small</size>
		<size>normal</size>
		<size>small</size>
		<size>large</size>
		<best>small</best>
	</sizes>`
	var inventory Inventory
	if err := xml.Unmarshal([]byte(blob), &inventory); err != nil {
		fmt.Println(err)
	}
	counts := make(map[Size]int)
	for _, size := range inventory.Sizes {
		counts[size] += 1
	}
	fmt.Printf("Inventory Counts:\n* Small:        %d\n* Large:        %d\n* Unrecognized: %d\n", counts[Small], counts[Large], counts[Unrecognized])
	fmt.Println(inventory.Main, *inventory.Best)
	out, err := xml.Marshal(inventory)
	fmt.Println(string(out), err)
}
