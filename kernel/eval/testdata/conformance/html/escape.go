package main

import (
	"fmt"
	"html"
)

func main() {
	const s = `"Fran & Freddie's Diner" <tasty@example.com>`
	e := html.EscapeString(s)
	fmt.Println(e)
	fmt.Println(html.UnescapeString(e))
	fmt.Println(html.UnescapeString("&lt;b&gt; &amp;amp; &#39; &#x41; &eacute; &copy; &notanentity;"))
	fmt.Println(html.EscapeString("plain text") == "plain text")
}
