# Chapter 2 (the runner): a program with CRLF line endings
# Every line ends with \r\n, as a file saved on Windows; the lexer treats
# the \r as white space.
x = 1
if x:
    print("crlf", x)

# a comment line
def f(a):
    return a + 1


print(f(x), "two\r\nlines" == "two\r\nlines", len("\r\n"))
if x:  
    print("trailing blanks")  
   
print("end")
