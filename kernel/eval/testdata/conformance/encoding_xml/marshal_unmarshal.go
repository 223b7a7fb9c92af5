package main

import (
	"encoding/xml"
	"fmt"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName   xml.Name `xml:"person"`
	Id        int      `xml:"id,attr"`
	FirstName string   `xml:"name>first"`
	LastName  string   `xml:"name>last"`
	Age       int      `xml:"age"`
	Height    float32  `xml:"height,omitempty"`
	Married   bool
	Address
	Comment string `xml:",comment"`
}

func main() {
	v := &Person{Id: 13, FirstName: "John", LastName: "Doe", Age: 42}
	v.Comment = " Need more details. "
	v.Address = Address{"Hanga Roa", "Easter Island"}
	output, err := xml.MarshalIndent(v, "  ", "    ")
	if err != nil {
		fmt.Printf("error: %v\n", err)
	}
	fmt.Println(xml.Header + string(output))

	data := `
		<person id="7">
			<name><first>Grace</first><last>R</last></name>
			<age>30</age>
			<Married>true</Married>
			<City>Hanga Roa</City>
		</person>`
	var p Person
	err = xml.Unmarshal([]byte(data), &p)
	fmt.Println(err, p.Id, p.FirstName, p.LastName, p.Age, p.Married, p.City, p.XMLName.Local)
}
