package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v&k=w&x=1#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme, u.User, u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p, u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host, port, u.Hostname(), u.Port())
	fmt.Println(u.Path, u.Fragment, u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m, m["k"][1], m.Get("x"))
	q := u.Query()
	q.Set("x", "2 3")
	q.Add("new", "a&b")
	u.RawQuery = q.Encode()
	fmt.Println(u.String())
	rel, _ := url.Parse("../other?z=1")
	fmt.Println(u.ResolveReference(rel))
	fmt.Println(url.PathEscape("a b/c"), url.QueryEscape("a b/c"))
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	v := url.Values{}
	v.Add("b", "2")
	v.Add("a", "1")
	fmt.Println(v.Encode(), v.Has("a"))
}
