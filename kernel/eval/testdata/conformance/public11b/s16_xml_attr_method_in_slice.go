package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// Priority is written as a word in an XML attribute.
type Priority int

func (p Priority) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	return xml.Attr{Name: name, Value: strings.Repeat("!", int(p))}, nil
}

func (p *Priority) UnmarshalXMLAttr(attr xml.Attr) error {
	if strings.Trim(attr.Value, "!") != "" {
		return fmt.Errorf("attribute %s: %q is not bangs", attr.Name.Local, attr.Value)
	}
	*p = Priority(len(attr.Value))
	return nil
}

type Task struct {
	Title string    `xml:"title,attr"`
	Prio  Priority  `xml:"prio,attr"`
	Alt   *Priority `xml:"alt,attr,omitempty"`
}

type List struct {
	XMLName xml.Name        `xml:"list"`
	Tasks   []Task          `xml:"task"`
	ByName  map[string]Task `xml:"-"`
	First   *Task           `xml:"first"`
}

// Attributes with an UnmarshalXMLAttr method in elements of a slice and
// behind a pointer are decoded by the method.
func main() {
	src := `<list>
  <task title="wash" prio="!!"/>
  <task title="cook" prio="!!!" alt="!"/>
  <first title="plan" prio=""/>
</list>`
	var l List
	err := xml.Unmarshal([]byte(src), &l)
	fmt.Println("err:", err)
	for _, t := range l.Tasks {
		alt := "none"
		if t.Alt != nil {
			alt = fmt.Sprint(int(*t.Alt))
		}
		fmt.Println(t.Title, int(t.Prio), alt)
	}
	fmt.Println(l.First.Title, int(l.First.Prio))

	out, err := xml.Marshal(l)
	fmt.Println(string(out), err)

	var bad List
	err = xml.Unmarshal([]byte(`<list><task title="x" prio="!?"/></list>`), &bad)
	fmt.Println("err:", err)

	var tasks struct {
		Items []Task `xml:"task"`
	}
	err = xml.Unmarshal([]byte(`<r><task title="solo" prio="!!!!!"/></r>`), &tasks)
	fmt.Println(err, tasks.Items[0].Title, int(tasks.Items[0].Prio))
}
