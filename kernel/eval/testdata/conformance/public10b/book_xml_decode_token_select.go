package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

const doc = `<html><body>
<div id="page" class="wide">
  <h2>Intro</h2>
  <div class="note"><h2>Nested heading</h2><p>text</p></div>
  <p class="x">para <b>bold</b></p>
</div>
<h2>Outside</h2>
</body></html>`

func containsAll(x, y []string) bool {
	for len(y) <= len(x) {
		if len(y) == 0 {
			return true
		}
		if x[0] == y[0] {
			y = y[1:]
		}
		x = x[1:]
	}
	return false
}

func xmlselect(r io.Reader, sel ...string) []string {
	dec := xml.NewDecoder(r)
	var stack []string
	var out []string
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		} else if err != nil {
			out = append(out, "error: "+err.Error())
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := tok.Name.Local
			for _, a := range tok.Attr {
				if a.Name.Local == "class" {
					name += "." + a.Value
				}
				if a.Name.Local == "id" {
					name += "#" + a.Value
				}
			}
			stack = append(stack, name)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			text := strings.TrimSpace(string(tok))
			if text != "" && containsAll(stack, sel) {
				out = append(out, fmt.Sprintf("%s: %s", strings.Join(stack, " "), text))
			}
		}
	}
	return out
}

func main() {
	for _, sel := range [][]string{{"div", "h2"}, {"h2"}, {"div#page", "p.x"}, {"nope"}} {
		fmt.Println(sel)
		for _, l := range xmlselect(strings.NewReader(doc), sel...) {
			fmt.Println("  ", l)
		}
	}
	fmt.Println(xmlselect(strings.NewReader("<a><b></a>"), "a"))
}
