package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Email struct {
	Where string `xml:"where,attr"`
	Addr  string
}

type Result struct {
	XMLName xml.Name `xml:"Person"`
	Name    string   `xml:"FullName"`
	Phone   string
	Email   []Email
	Groups  []string `xml:"Group>Value"`
	Note    string   `xml:",chardata"`
}

func main() {
	v := Result{Name: "none", Phone: "none"}
	data := `
		<Person>
			<FullName>Grace R. Emlin</FullName>
			<Company>Example Inc.</Company>
			<Email where="home"><Addr>gre@example.com</Addr></Email>
			<Email where='work'><Addr>gre@work.com</Addr></Email>
			<Group><Value>Friends</Value><Value>Squash</Value></Group>
			text
		</Person>`
	err := xml.Unmarshal([]byte(data), &v)
	if err != nil {
		fmt.Printf("error: %v", err)
		return
	}
	fmt.Printf("XMLName: %#v\n", v.XMLName)
	fmt.Printf("Name: %q\n", v.Name)
	fmt.Printf("Phone: %q\n", v.Phone)
	fmt.Printf("Email: %v\n", v.Email)
	fmt.Printf("Groups: %v\n", v.Groups)
	fmt.Printf("Note: %q\n", strings.TrimSpace(v.Note))
	dec := xml.NewDecoder(strings.NewReader(`<a x="1"><b>t</b><!-- c --></a>`))
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			fmt.Println("start", t.Name.Local, len(t.Attr))
		case xml.EndElement:
			fmt.Println("end", t.Name.Local)
		case xml.CharData:
			fmt.Printf("chardata %q\n", string(t))
		case xml.Comment:
			fmt.Printf("comment %q\n", string(t))
		}
	}
	var sb strings.Builder
	xml.EscapeText(&sb, []byte(`<"&'>`))
	fmt.Println(sb.String())
}
