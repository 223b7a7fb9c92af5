package main

import (
	"fmt"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v&k=w#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme, u.User.Username(), u.Host, u.Hostname(), u.Port(), u.Path, u.Fragment)
	p, _ := u.User.Password()
	fmt.Println(p, u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m, m.Get("k"))
	v := url.Values{}
	v.Set("q", "a b&c")
	v.Add("z", "1")
	fmt.Println(v.Encode(), url.QueryEscape("a/b c"), url.PathEscape("a/b c"))
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
}
